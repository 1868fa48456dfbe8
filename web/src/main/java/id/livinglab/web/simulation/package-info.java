/** Faces pages of simulations: the group simulation from official data (public). */
package id.livinglab.web.simulation;
