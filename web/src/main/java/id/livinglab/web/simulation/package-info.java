/**
 * The simulation pages: what-if levels with saved and shared scenarios, the planner's cheapest
 * steps, the action plan they become, and the group simulation from official data (public).
 */
package id.livinglab.web.simulation;
