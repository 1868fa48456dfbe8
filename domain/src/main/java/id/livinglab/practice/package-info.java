/**
 * The good-practice exchange (praktik baik): practices of an owner instansi with the indicators
 * they should raise, and their adoption from region to region. The allowed moves live here, in
 * plain Java ({@link id.livinglab.practice.AdoptionWorkflow}, {@link
 * id.livinglab.practice.AdoptionParties}, {@link id.livinglab.practice.Freshness}, {@link
 * id.livinglab.practice.Lineage}), and the entities guard their own transitions, so that pages,
 * services and the REST face ask the same objects.
 */
package id.livinglab.practice;
