/** The scoring service: the engine of the domain module applied to the catalogue's frameworks. */
package id.livinglab.scoring;
