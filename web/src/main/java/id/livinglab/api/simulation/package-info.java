/** REST face of an instansi's action plan (logged-in; the services check role and instansi). */
package id.livinglab.api.simulation;
