/// MLECore: likelihoods, estimators and optimizers in pure Swift.
