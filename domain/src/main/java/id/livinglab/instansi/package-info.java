/** The register of government bodies and the Kemendagri regions they belong to. */
package id.livinglab.instansi;
