#pragma once
// Everything a host needs from kefu's rule modules. No Boost.MSM, no Boost.JSON: the
// lifecycle machine is compiled into libkefu.a and JSON lives in the kefu/io/ edge headers.

#include <kefu/core.hpp>
