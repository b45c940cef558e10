/**
 * Publish: everything a run hands to people — the CSVs, the workbooks, the PDFs through the
 * {@code reports} module, the per-school folders, the manifest — and the one switch that makes a
 * period's new output folder visible. A school's or teacher's document whose data did not change
 * since the published run is kept from the published folder instead of rendered again.
 */
package com.homeroom.publish;
