/**
 * Official results: queries, the shipped history 2018–2024 with its sources, and the
 * administrator's import of results or indicator levels.
 */
package id.livinglab.result;
