/** REST: the instansi register and portraits. */
package id.livinglab.api.instansi;
