/** Implementation of the {@code dx} command: input loading, output, messages, schema generation. Not API. */
package io.github.dxplan.cli.internal;
