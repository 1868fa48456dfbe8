/** Instansi pages: portrait and search. */
package id.livinglab.web.instansi;
