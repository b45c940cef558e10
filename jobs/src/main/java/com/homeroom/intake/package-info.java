/**
 * Intake: finding the school workbooks, reading them (.xlsx/.xlsm streamed and guarded against
 * hostile files, .xls through POI's usermodel, CSV), the input contract's sheets and value rules,
 * whole-file checks, and — as SQL over the warehouse — the rules that span rows, files and
 * schools. Every data row ends up loaded or in the reject list.
 */
package com.homeroom.intake;
