/** REST: official results and the national series. */
package id.livinglab.api.result;
