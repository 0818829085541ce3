/**
 * The implementation of dx-validation: the rules, the constraint validators, the messages and the data
 * files behind the text rules. Not part of the API; anything here may change in any release.
 */
package io.github.dxplan.validation.internal;
