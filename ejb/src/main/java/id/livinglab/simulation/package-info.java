/**
 * Simulation services: the levels an instansi holds by source, scenarios, group simulation and
 * action plans. Access is decided here, for pages and endpoints alike.
 */
package id.livinglab.simulation;
