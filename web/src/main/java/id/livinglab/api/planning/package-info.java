/** REST: the improvement planner (public, stores nothing). */
package id.livinglab.api.planning;
