/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.cli.tests;

import java.util.HashSet;
import java.util.List;

import org.cocolaunch.cli.CliCommand;
import org.cocolaunch.cli.CliCommands;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command registry looks commands up by name without constructing the others; the names must stay true. */
class CliCommandsTest {

	@Test
	void everyRegisteredNameIsItsCommandsName() {
		List<String> names = CliCommands.names();
		assertEquals(names.size(), new HashSet<>(names).size(), "a name registered twice: " + names);
		for (String name : names) {
			CliCommand command = CliCommands.find(name).orElseThrow();
			assertEquals(name, command.name(), "registered as '" + name + "'");
		}
		assertEquals(names, CliCommands.all().stream().map(CliCommand::name).toList());
	}

	@Test
	void unknownNamesFindNothing() {
		assertTrue(CliCommands.find("no-such-command").isEmpty());
		assertTrue(CliCommands.find("--version").isEmpty(), "aliases are the dispatcher's, not commands");
	}
}
