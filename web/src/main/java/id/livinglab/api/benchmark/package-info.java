/**
 * REST: rankings (JSON and file exports), comparisons, the map's figures, peer groups and the group
 * simulation.
 */
package id.livinglab.api.benchmark;
