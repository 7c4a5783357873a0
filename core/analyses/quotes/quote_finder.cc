#include "analyses/quotes/quote_finder.h"
