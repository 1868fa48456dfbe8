/** Official results: queries and the import of the shipped published results. */
package id.livinglab.result;
