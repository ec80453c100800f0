"""Russian: natasha's models (tokens, sentences, NER, morphology, syntax) with Vigil's rules."""
