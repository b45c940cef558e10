/**
 * Blank school workbooks ({@code homeroom template}): one per registry school and period, laid out
 * exactly as intake reads them (the sheets and columns of {@link com.homeroom.intake.Contract}, the
 * scheme's dimensions), with 基本信息 pre-filled, drop-downs and range checks that mirror the
 * intake rules, and a 填表说明 sheet. A filled template passes intake with no warnings.
 */
package com.homeroom.publish.template;
