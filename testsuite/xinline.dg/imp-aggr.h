/* Shared by imp-aggr.c and its provider.  */
struct ag
{
  int id;
  char name[13];
  short s;
  long long big;
  unsigned char bytes[3];
};
struct ag_small { short a; char b; };
