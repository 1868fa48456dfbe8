/** Portraits, comparisons and rankings computed from official results. */
package id.livinglab.benchmark;
