/** Small helpers shared by capabilities (file formats); no business rules live here. */
package id.livinglab.support;
