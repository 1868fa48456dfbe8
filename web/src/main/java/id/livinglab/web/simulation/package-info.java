/**
 * The simulation pages: what-if levels with saved and shared scenarios, the planner's cheapest
 * steps, and the action plan they become.
 */
package id.livinglab.web.simulation;
