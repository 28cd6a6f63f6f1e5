"""Events: mention detection (a small trained model) and the tokens/sentences it works on."""
