#!/bin/sh
# silknet.h stands alone: strict C99, C11 and C++ compile it without warnings.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf '#include "silknet.h"\n#include "silknet.h"\nint main(void) { return sn_version_string() == 0; }\n' > "$dir/t.c"
${CC:-cc} -std=c99 -pedantic -Wall -Wextra -Werror -I"$SN_SRCDIR/libgraph" -c "$dir/t.c" -o "$dir/t.o"
${CC:-cc} -std=c11 -pedantic -Wall -Wextra -Werror -I"$SN_SRCDIR/libgraph" -c "$dir/t.c" -o "$dir/t.o"
if command -v c++ >/dev/null 2>&1; then
	cp "$dir/t.c" "$dir/t.cpp"
	c++ -std=c++11 -pedantic -Wall -Wextra -Werror -I"$SN_SRCDIR/libgraph" -c "$dir/t.cpp" -o "$dir/t.o"
else
	echo "no C++ compiler: C++ check not run"
fi
echo "silknet.h compiles as C99, C11 and C++11"
