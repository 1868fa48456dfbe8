/**
 * What-if simulation: starting levels, saved scenarios shared within an instansi, and action plans
 * that turn planned steps into tasks followed up against the next official result.
 */
package id.livinglab.simulation;
