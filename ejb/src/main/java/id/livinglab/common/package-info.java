/** What every capability shares: the business exception hierarchy. */
package id.livinglab.common;
