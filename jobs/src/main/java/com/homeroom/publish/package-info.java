/**
 * Publish: everything a run hands to people — the CSVs, the workbooks, the PDFs through the
 * {@code reports} module, the per-school folders, the manifest — and the one switch that makes a
 * period's new output folder visible.
 */
package com.homeroom.publish;
