"""The turn loop, latency meter, session log and session benchmark."""
