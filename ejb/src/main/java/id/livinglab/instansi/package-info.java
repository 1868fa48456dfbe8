/** The instansi register: queries and the import of the shipped register. */
package id.livinglab.instansi;
