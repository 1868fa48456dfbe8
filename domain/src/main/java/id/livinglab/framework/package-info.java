/**
 * Framework versions as data: the node tree with weights, level scales and criteria, predicate
 * bands with their boundary rule, and which framework and grading basis each year uses.
 */
package id.livinglab.framework;
