/** The framework catalogue (loaded once at start) and the import of framework files. */
package id.livinglab.framework;
