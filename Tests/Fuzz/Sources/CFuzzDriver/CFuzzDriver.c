// The declaration in include/CFuzzDriver.h is the whole of this module; libFuzzer provides the definition.
#include "CFuzzDriver.h"
