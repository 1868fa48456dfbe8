/**
 * REST face of the good-practice exchange: the catalogue, a practice, its lineage. The services
 * decide what the caller may see; this package only writes JSON.
 */
package id.livinglab.api.practice;
