/** Official results: published per instansi and year, and the national series. */
package id.livinglab.result;
