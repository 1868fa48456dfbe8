/**
 * Pages of the good-practice exchange: the catalogue at {@code /praktik-baik} and each practice at
 * {@code /praktik-baik/{id}}. What a reader may see is the services' decision.
 */
package id.livinglab.web.practice;
