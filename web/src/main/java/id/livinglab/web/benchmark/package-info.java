/** Benchmark pages: rankings and comparisons, with their exports. */
package id.livinglab.web.benchmark;
