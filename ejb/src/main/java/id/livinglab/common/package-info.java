/**
 * What every capability shares: the business exception hierarchy and the reading of the shipped
 * reference files.
 */
package id.livinglab.common;
