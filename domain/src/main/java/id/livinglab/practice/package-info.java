/**
 * The good-practice exchange (praktik baik): adoption from region to region as a workflow whose
 * allowed moves live here, in plain Java, for pages and services alike. Entities, the catalogue and
 * the follow-up come with the exchange issue's later steps.
 */
package id.livinglab.practice;
