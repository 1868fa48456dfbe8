/** REST: framework versions and the score endpoint. */
package id.livinglab.api.framework;
