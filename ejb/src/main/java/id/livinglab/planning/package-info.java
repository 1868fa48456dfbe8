/** The planning service: the domain's planner applied to the catalogue's frameworks and years. */
package id.livinglab.planning;
