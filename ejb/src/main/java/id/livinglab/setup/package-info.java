/** Start-up of the application: schema migration, then reference data, in that order. */
package id.livinglab.setup;
