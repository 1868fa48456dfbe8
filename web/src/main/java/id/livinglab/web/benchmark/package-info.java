/**
 * Benchmark pages: rankings, comparisons and the map (their files are served by the REST layer).
 */
package id.livinglab.web.benchmark;
