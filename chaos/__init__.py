"""What SREs and tests use to break things: emulators, private servers, fault proxy, drills.

May import anything. Nothing imports ``chaos`` except tests, the demo and the drill runner.
"""
