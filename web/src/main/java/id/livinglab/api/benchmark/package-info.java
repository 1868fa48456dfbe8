/** REST: rankings (JSON and file exports) and comparisons. */
package id.livinglab.api.benchmark;
