/**
 * The scoring engine in plain Java: exact decimal arithmetic, rounding in one place, grading by a
 * year's basis. Needs no container and is unit-tested on the regulations' worked examples.
 */
package id.livinglab.scoring;
