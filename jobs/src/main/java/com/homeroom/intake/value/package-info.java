/**
 * Turns one {@link com.homeroom.intake.RawCell} into a value of the input contract (numbers, dates,
 * identifiers, enumerations, header keys, periods), or into a rule code and a short Chinese reason.
 */
package com.homeroom.intake.value;
